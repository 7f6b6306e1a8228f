#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Small local HTTPS server for the content-update client tests.

Usage: python3 https_server.py --root DIR --cert PEM --key KEY [--log FILE]

Listens on 127.0.0.1 on a free port, prints "PORT <n>" to stdout once
ready, then serves until SIGTERM/SIGINT. Python standard library only.

The first path segment picks a behaviour; the rest is a path relative to
--root ("..", absolute paths and NUL bytes give 404). Only GET is handled.

  /files/<path>          the file, with ETag and Content-Length;
                         304 if If-None-Match matches the ETag
  /random-etag/<path>    the file with a new random ETag on every response
                         (a per-install identifier, were it echoed back);
                         304 if If-None-Match names any ETag it handed out
  /redirect-to/<port>/<path>
                         302 to https://127.0.0.1:<port>/files/<path>
                         (another origin: same host, another port)
  /trickle/<path>        the file, one byte per second
  /chunked-huge/<path>   the file repeated endlessly, chunked encoding,
                         64 KiB chunks, at most 256 MiB
  /redirect-http/<path>  302 to http://127.0.0.1:<port>/files/<path>
  /status/<code>/<path>  that status code with a short text body
  /truncated/<path>      full Content-Length, only half of the body, close
  anything else          404

Every response carries "Connection: close"; each connection serves one
request. The ETag is '"' + hex sha256(content) + '"' (for manifest.signed,
the content tag Harbor sends back).

With --log, one JSON object per line is appended (and flushed) for every
accepted TCP connection ({"event": "connect", "port": client port}, written when it is accepted,
before any TLS handshake, so refused or failed handshakes count too), every
request ({"event": "request", "path", "user_agent", "if_none_match"}) and
every ETag sent ({"event": "etag", "value"}).
"""

import argparse
import hashlib
import http
import json
import os
import secrets
import signal
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

CHUNK_SIZE = 64 * 1024
CHUNKED_LIMIT = 256 * 1024 * 1024
# Socket timeout for handshake, request reading and blocked writes, so a
# stalled client cannot pin a thread forever.
SOCKET_TIMEOUT = 30

# Errors meaning "the client went away"; they end a response quietly.
DISCONNECT_ERRORS = (BrokenPipeError, ConnectionResetError,
                     ConnectionAbortedError, TimeoutError, ssl.SSLError)


def etag_for(data):
    return '"%s"' % hashlib.sha256(data).hexdigest()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # needed for chunked transfer encoding
    timeout = SOCKET_TIMEOUT

    def log_message(self, format, *args):  # noqa: A002 - base class name
        pass  # keep stderr quiet: no per-request logging

    # ---- helpers ---------------------------------------------------------

    def start(self, code, headers=()):
        """Send status line and headers; always closes after the response."""
        self.close_connection = True
        self.send_response(code)
        for name, value in headers:
            if name == "ETag":
                self.server.log(event="etag", value=value)
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()

    def send_text(self, code, text):
        body = text.encode()
        self.start(code, [("Content-Type", "text/plain; charset=utf-8"),
                          ("Content-Length", str(len(body)))])
        self.wfile.write(body)

    def not_found(self):
        self.send_text(404, "404 Not Found\n")

    def safe_rel(self, rel):
        """Decoded relative path, or None if it tries to leave --root."""
        rel = unquote(rel)
        if rel.startswith("/") or "\0" in rel or ".." in rel.split("/"):
            return None
        return rel

    def read_file(self, rel):
        """Content of the file at rel below --root, or None."""
        rel = self.safe_rel(rel)
        if not rel:
            return None
        path = os.path.join(self.server.root, rel)
        if not os.path.isfile(path):
            return None
        with open(path, "rb") as f:
            return f.read()

    # ---- request dispatch ------------------------------------------------

    def do_GET(self):
        # "/mode/rest" -> ["", "mode", "rest"]; query strings are ignored.
        self.server.log(event="request", path=self.path,
                        user_agent=self.headers.get("User-Agent"),
                        if_none_match=self.headers.get("If-None-Match"))
        parts = urlsplit(self.path).path.split("/", 2)
        if len(parts) < 3 or parts[0] != "":
            return self.not_found()
        mode, rest = parts[1], parts[2]
        handler = {
            "files": self.serve_file,
            "random-etag": self.serve_random_etag,
            "redirect-to": self.serve_redirect_to,
            "trickle": self.serve_trickle,
            "chunked-huge": self.serve_chunked_huge,
            "redirect-http": self.serve_redirect,
            "status": self.serve_status,
            "truncated": self.serve_truncated,
        }.get(mode)
        if handler is None:
            return self.not_found()
        handler(rest)

    def serve_file(self, rest):
        data = self.read_file(rest)
        if data is None:
            return self.not_found()
        etag = etag_for(data)
        inm = self.headers.get("If-None-Match")
        if inm is not None and etag in (t.strip() for t in inm.split(",")):
            return self.start(304, [("ETag", etag)])
        self.start(200, [("ETag", etag), ("Content-Length", str(len(data)))])
        self.wfile.write(data)

    def serve_random_etag(self, rest):
        data = self.read_file(rest)
        if data is None:
            return self.not_found()
        inm = self.headers.get("If-None-Match")
        if inm is not None and any(t.strip() in self.server.issued
                                   for t in inm.split(",")):
            return self.start(304, [("ETag", inm.split(",")[0].strip())])
        etag = '"%s"' % secrets.token_hex(16)
        self.server.issued.add(etag)
        self.start(200, [("ETag", etag), ("Content-Length", str(len(data)))])
        self.wfile.write(data)

    def serve_redirect_to(self, rest):
        port, _, rel = rest.partition("/")
        if not port.isdigit() or self.safe_rel(rel) is None:
            return self.not_found()
        self.start(302, [("Location", "https://127.0.0.1:%d/files/%s" % (int(port), rel)),
                         ("Content-Length", "0")])

    def serve_trickle(self, rest):
        data = self.read_file(rest)
        if data is None:
            return self.not_found()
        self.start(200, [("ETag", etag_for(data)),
                         ("Content-Length", str(len(data)))])
        try:
            for i in range(len(data)):
                self.wfile.write(data[i:i + 1])
                time.sleep(1)
        except DISCONNECT_ERRORS:
            pass

    def serve_chunked_huge(self, rest):
        data = self.read_file(rest)
        if data is None:
            return self.not_found()
        self.start(200, [("Transfer-Encoding", "chunked")])
        try:
            # buf is long enough that buf[off:off + CHUNK_SIZE] is always a
            # full chunk for any offset off < len(data), so the body is one
            # continuous repetition of the file. An empty file gives an
            # empty body.
            buf = data * (CHUNK_SIZE // max(len(data), 1) + 2)
            sent = off = 0
            while data and sent < CHUNKED_LIMIT:
                n = min(CHUNK_SIZE, CHUNKED_LIMIT - sent)
                self.wfile.write(b"%x\r\n%s\r\n" % (n, buf[off:off + n]))
                sent += n
                off = (off + n) % len(data)
            self.wfile.write(b"0\r\n\r\n")
        except DISCONNECT_ERRORS:
            pass

    def serve_redirect(self, rest):
        if self.safe_rel(rest) is None:
            return self.not_found()
        port = self.server.server_address[1]
        self.start(302, [("Location", "http://127.0.0.1:%d/files/%s" % (port, rest)),
                         ("Content-Length", "0")])

    def serve_status(self, rest):
        code, _, rel = rest.partition("/")
        if not code.isdigit() or not 200 <= int(code) <= 599 \
                or self.safe_rel(rel) is None:
            return self.not_found()
        code = int(code)
        if code in (204, 304):  # these must not carry a body
            return self.start(code)
        try:
            phrase = http.HTTPStatus(code).phrase
        except ValueError:
            phrase = "Status"
        self.send_text(code, "%d %s\n" % (code, phrase))

    def serve_truncated(self, rest):
        data = self.read_file(rest)
        if data is None:
            return self.not_found()
        self.start(200, [("ETag", etag_for(data)),
                         ("Content-Length", str(len(data)))])
        try:
            self.wfile.write(data[:len(data) // 2])
        except DISCONNECT_ERRORS:
            pass
        # The connection is closed by TLSServer.finish_request afterwards.


class TLSServer(ThreadingHTTPServer):
    """Threaded HTTP server doing the TLS handshake in each worker thread.

    The listening socket stays plain, so a client stalling or failing the
    handshake (e.g. rejecting the certificate) affects only its own thread.
    """

    daemon_threads = True

    def __init__(self, address, root, context, log_path=None):
        self.root = root
        self.context = context
        self.issued = set()  # ETags handed out by /random-etag/
        self.log_lock = threading.Lock()
        self.log_file = open(log_path, "a", encoding="utf-8") if log_path else None
        super().__init__(address, Handler)

    def log(self, **record):
        if self.log_file is None:
            return
        with self.log_lock:
            self.log_file.write(json.dumps(record) + "\n")
            self.log_file.flush()

    def get_request(self):
        request, client_address = super().get_request()
        # Before the handshake: every connection counts. The client's port
        # lets a test find its own probe connection.
        self.log(event="connect", port=client_address[1])
        return request, client_address

    def finish_request(self, request, client_address):
        request.settimeout(SOCKET_TIMEOUT)
        # wrap_socket() takes over (detaches) the plain socket and closes it
        # itself if the handshake fails.
        tls = self.context.wrap_socket(request, server_side=True)
        try:
            self.RequestHandlerClass(tls, client_address, self)
        finally:
            tls.close()

    def handle_error(self, request, client_address):
        pass  # handshake failures and client disconnects are expected


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", required=True, help="directory to serve")
    parser.add_argument("--cert", required=True, help="certificate PEM")
    parser.add_argument("--key", required=True, help="private key PEM")
    parser.add_argument("--log", help="append a JSON line per connection, request and ETag")
    args = parser.parse_args()

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(args.cert, args.key)

    server = TLSServer(("127.0.0.1", 0), os.path.abspath(args.root), context, args.log)

    # SIGTERM -> SystemExit in the main thread, which leaves serve_forever().
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))

    sys.stdout.write("PORT %d\n" % server.server_address[1])
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
