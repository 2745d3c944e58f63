"""netral from Python through ctypes: no compiled binding, only libnetral.so
and the C API of netral.h (docs/embedding.md).

    pack = Pack()                      # the standard pack built into the library
    verdict = pack.check({"id": ...})  # a dict in, the verdict (a dict) out
"""
import ctypes
import ctypes.util
import json
import os

NETRAL_OK = 0


class NetralError(Exception):
    """A call to the C API that did not succeed: its status and message."""

    def __init__(self, status, message):
        super().__init__(f"netral error {status}: {message}")
        self.status = status
        self.message = message


def load_library(path=None):
    """libnetral.so from `path`, $NETRAL_LIBRARY, or the system's library path."""
    path = path or os.environ.get("NETRAL_LIBRARY") or ctypes.util.find_library("netral")
    if not path:
        raise OSError("libnetral.so not found: set NETRAL_LIBRARY to its path")
    library = ctypes.CDLL(path)
    out_string = ctypes.POINTER(ctypes.c_void_p)  # char**: read, then freed with netral_free
    library.netral_version.restype = ctypes.c_char_p
    library.netral_pack_load.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p), out_string]
    library.netral_pack_load.restype = ctypes.c_int
    library.netral_pack_free.argtypes = [ctypes.c_void_p]
    library.netral_check_json.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, out_string, out_string]
    library.netral_check_json.restype = ctypes.c_int
    library.netral_pack_json.argtypes = [ctypes.c_void_p, out_string, out_string]
    library.netral_pack_json.restype = ctypes.c_int
    library.netral_free.argtypes = [ctypes.c_void_p]
    return library


def _take(library, pointer):
    """The text a char* points at, freed by netral."""
    if not pointer.value:
        return ""
    text = ctypes.string_at(pointer.value).decode("utf-8")
    library.netral_free(pointer.value)
    return text


class Pack:
    """A loaded rule pack; check() may be called from many threads at once."""

    def __init__(self, folder=None, library=None):
        self._library = library or load_library()
        self._handle = ctypes.c_void_p()
        message = ctypes.c_void_p()
        status = self._library.netral_pack_load(
            folder.encode() if folder else None, ctypes.byref(self._handle), ctypes.byref(message))
        text = _take(self._library, message)
        if status != NETRAL_OK:
            raise NetralError(status, text)

    def check_text(self, report_json):
        """The verdict(s) of a report given as JSON text, as JSON text."""
        data = report_json.encode("utf-8") if isinstance(report_json, str) else report_json
        verdict = ctypes.c_void_p()
        message = ctypes.c_void_p()
        status = self._library.netral_check_json(
            self._handle, data, len(data), ctypes.byref(verdict), ctypes.byref(message))
        error = _take(self._library, message)
        text = _take(self._library, verdict)
        if status != NETRAL_OK:
            raise NetralError(status, error)
        return text

    def check(self, report):
        """The verdict of a report given as a dict (or a list of them)."""
        return json.loads(self.check_text(json.dumps(report, ensure_ascii=False)))

    def texts(self):
        """The pack's texts that verdicts refer to by id (`netral pack`)."""
        out = ctypes.c_void_p()
        message = ctypes.c_void_p()
        status = self._library.netral_pack_json(self._handle, ctypes.byref(out), ctypes.byref(message))
        error = _take(self._library, message)
        text = _take(self._library, out)
        if status != NETRAL_OK:
            raise NetralError(status, error)
        return json.loads(text)

    def close(self):
        if self._handle:
            self._library.netral_pack_free(self._handle)
            self._handle = ctypes.c_void_p()

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.close()

    def __del__(self):
        self.close()
