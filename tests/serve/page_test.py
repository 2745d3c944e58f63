#!/usr/bin/env python3
"""The case handlers' page of `netral serve` as a person uses it, in headless
Chromium: fill a report that is a violation, see the status and the
provisions, preview and download the kajian (HTML and Markdown), check a
JSON Lines file; a hostile text in every text field appears as text and
never runs; the policy blocks nothing the page needs; it fits a phone.

Usage: page_test.py NETRAL SOURCE_DIR"""
import glob
import json
import os
import shutil
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from server import Server  # noqa: E402

netral, source = sys.argv[1], sys.argv[2]
required = os.environ.get("NETRAL_BROWSER_REQUIRED") == "1"
chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
chromedriver = shutil.which("chromedriver")
if not chromium or not chromedriver:
    print(f"page_test.py: {'FAIL' if required else 'skipped'}: no chromium or chromedriver", file=sys.stderr)
    sys.exit(1 if required else 77)

HOSTILE = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">\"'&amp; Ω"
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print(f"FAIL: {what}", file=sys.stderr)


def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1200,900", "--lang=id"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=ChromeService(executable_path=chromedriver), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def wait(driver, condition, what, seconds=15):
    try:
        return WebDriverWait(driver, seconds).until(condition)
    except TimeoutException:
        check(False, f"timed out waiting for {what}")
        return None


def field(driver, name):
    return driver.find_element(By.CSS_SELECTOR, f'[name="{name}"]')


def set_date(driver, name, value):
    # A date picker's keyboard entry follows the browser's locale; set it as the picker does.
    driver.execute_script("arguments[0].value = arguments[1];"
                          "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field(driver, name), value)


def downloaded(folder, pattern):
    deadline = time.time() + 15
    while time.time() < deadline:
        found = [f for f in glob.glob(os.path.join(folder, pattern)) if not f.endswith(".crdownload")]
        if found:
            time.sleep(0.2)
            with open(found[0], encoding="utf-8") as file:
                return file.read()
        time.sleep(0.2)
    return None


def not_run(driver, where):
    check(driver.execute_script("return window.pwned === undefined"), f"hostile script did not run ({where})")
    try:
        driver.switch_to.alert
        check(False, f"no alert ({where})")
    except NoAlertPresentException:
        pass


downloads = tempfile.mkdtemp()
work = tempfile.mkdtemp()
try:
    with Server(netral) as server:
        driver = browser(downloads)
        try:
            driver.get(server.url + "/")
            wait(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-siap") == "1", "the form")
            check("Laporan" in driver.page_source and "Hasil pemeriksaan" in driver.page_source, "the page in Indonesian")

            # Every text field gets the hostile text; then a violation is filled in.
            for element in driver.find_elements(By.CSS_SELECTOR, "#formulir input[type=text], #formulir textarea"):
                element.send_keys(HOSTILE)
            Select(field(driver, "election")).select_by_value("pilkada-2024")
            status_select = Select(field(driver, "actor.status"))
            check(any(o.text == "Pegawai Negeri Sipil (PNS)" for o in status_select.options), "enum labels in Indonesian")
            status_select.select_by_value("pns")
            Select(field(driver, "acts[].type")).select_by_value("campaign_participation")
            set_date(driver, "acts[].date", "2024-10-05")
            set_date(driver, "reported_on", "2024-10-08")
            set_date(driver, "known_on", "2024-10-06")
            Select(field(driver, "acts[].stance")).select_by_value("support")
            Select(field(driver, "acts[].role")).select_by_value("speaker")
            # Acts added and removed: a second act, then removed again.
            driver.find_element(By.CSS_SELECTOR, '[data-add="acts"]').click()
            check(len(driver.find_elements(By.CSS_SELECTOR, '[name="acts[].type"]')) == 2, "an act added")
            driver.find_elements(By.CSS_SELECTOR, '[data-path="acts"] > div > fieldset > button.hapus')[-1].click()
            check(len(driver.find_elements(By.CSS_SELECTOR, '[name="acts[].type"]')) == 1, "an act removed")

            wait(driver, lambda d: d.find_element(By.ID, "status").text == "Pelanggaran", "the status Pelanggaran")
            provisions = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#ketentuan li")]
            check(provisions and all(p.startswith(("Pasal", "Lampiran", "Angka", "Huruf")) or " Nomor " in p for p in provisions),
                  f"the provisions by their citation: {provisions[:3]}")
            check(driver.find_element(By.ID, "sanksi").text != "", "the sanction")
            not_run(driver, "form")

            # The kajian: previewed in a sandboxed frame, the hostile text as text.
            driver.find_element(By.ID, "pratinjau").click()
            frame = wait(driver, lambda d: d.find_element(By.ID, "kajian") if d.find_element(By.ID, "kajian").get_attribute("srcdoc") else None, "the preview")
            if frame:
                driver.switch_to.frame(frame)
                text = driver.find_element(By.TAG_NAME, "body").text
                check("KAJIAN DUGAAN PELANGGARAN" in text.upper(), "the preview is the kajian")
                check("<script>window.pwned=1</script>" in text, "the hostile text shown as text in the kajian")
                check(not driver.find_elements(By.CSS_SELECTOR, "img[src=x], script"), "no element from the hostile text")
                driver.switch_to.default_content()
            not_run(driver, "preview")

            driver.find_element(By.ID, "unduh-html").click()
            html = downloaded(downloads, "kajian-*.html")
            check(html is not None and "<!DOCTYPE html>" in html, "the kajian downloaded as HTML")
            check(html is not None and "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html and "<script>window.pwned" not in html,
                  "the hostile text escaped in the downloaded HTML")
            driver.find_element(By.ID, "unduh-md").click()
            markdown = downloaded(downloads, "kajian-*.md")
            check(markdown is not None and "KAJIAN" in markdown.upper(), "the kajian downloaded as Markdown")

            # A JSON Lines file: a summary table, the hostile id as text.
            season = os.path.join(source, "samples", "laporan-musim-pilkada.jsonl")
            with open(season, encoding="utf-8") as file:
                lines = [line for line in file.read().splitlines() if line.strip()]
            lines.append(json.dumps({"id": HOSTILE, "actor": {"status": "pns"}, "acts": [{"type": "voting"}]}))
            dropped = os.path.join(work, "laporan.jsonl")
            with open(dropped, "w", encoding="utf-8") as file:
                file.write("\n".join(lines) + "\n")
            driver.find_element(By.ID, "berkas").send_keys(dropped)
            wait(driver, lambda d: d.find_elements(By.ID, "ringkasan"), "the summary table")
            total = driver.find_element(By.CSS_SELECTOR, "#ringkasan tr:last-child th:last-child").text
            check(total == str(len(lines)), f"the summary counts every report ({total} of {len(lines)})")
            rows = driver.find_elements(By.CSS_SELECTOR, "#daftar tr")
            check(len(rows) == len(lines) + 1, "one row per report")
            check(rows[-1].find_elements(By.TAG_NAME, "td")[1].text == HOSTILE, "the hostile id shown as text in the table")
            not_run(driver, "table")

            # The policy blocked nothing the page does.
            refused = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
            check(not refused, f"no Content-Security-Policy violation: {refused[:2]}")

            # A phone's width: nothing wider than the screen.
            driver.set_window_size(390, 844)
            time.sleep(0.5)
            widths = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            check(widths[0] <= widths[1], f"fits a phone screen (content {widths[0]} px, screen {widths[1]} px)")
            if os.environ.get("NETRAL_PAGE_SCREENSHOTS"):  # a folder to look at the page in
                driver.save_screenshot(os.path.join(os.environ["NETRAL_PAGE_SCREENSHOTS"], "phone.png"))
                driver.set_window_size(1200, 900)
                driver.execute_script("window.scrollTo(0, 0)")
                driver.save_screenshot(os.path.join(os.environ["NETRAL_PAGE_SCREENSHOTS"], "desktop.png"))
        finally:
            driver.quit()
        check(server.stop() == 0, "server stops on SIGTERM")
finally:
    shutil.rmtree(downloads, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)

if failures:
    print(f"{len(failures)} failure(s)", file=sys.stderr)
    sys.exit(1)
print("serve page: all checks passed")
