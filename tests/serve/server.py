"""Starts `netral serve --port 0` for a test and stops it: shared by the API
and page tests."""
import http.client
import json
import os
import signal
import subprocess
import time


class Server:
    def __init__(self, netral, *arguments):
        self.process = subprocess.Popen([netral, "serve", "--port", "0", "--quiet", *arguments],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if not line.strip().isdigit():
            self.process.kill()
            raise RuntimeError(f"netral serve did not start: {line!r} {self.process.stderr.read()}")
        self.port = int(line)
        self.url = f"http://127.0.0.1:{self.port}"

    def request(self, method, path, body=None, content_type=None, headers=None):
        """(status, headers, body text) of one request on a new connection."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        all_headers = dict(headers or {})
        if content_type:
            all_headers["Content-Type"] = content_type
        connection.request(method, path, body=body.encode() if isinstance(body, str) else body, headers=all_headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8")
        connection.close()
        return response.status, dict(response.getheaders()), text

    def json(self, method, path, body=None, content_type="application/json"):
        status, headers, text = self.request(method, path, body, content_type)
        return status, json.loads(text)

    def stop(self, timeout=20):
        """SIGTERM, then the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
