"""Throwaway certificates for the TLS tests and demos (never for production).

:func:`make_test_ca` creates a private CA and a server certificate signed by it with the
``openssl`` command line (the ``cryptography`` package is not a dependency). The server
certificate names ``localhost`` and ``127.0.0.1`` in its subjectAltName unless other names are
given, so a client that connects to 127.0.0.1 and trusts ``ca_cert`` (``tls_ca_file``) verifies
it fully: chain, validity and host name. A certificate for other names is how the tests prove
that host name verification is on.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
import shutil
import ssl
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["TlsFiles", "make_test_ca"]

_OPENSSL = os.environ.get("MAILBOT_OPENSSL", "openssl")


@dataclass(frozen=True)
class TlsFiles:
    """PEM files of one test server: ``cert`` + ``key`` for the server, ``ca_cert`` to trust."""

    ca_cert: Path
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        """A server-side TLS context presenting ``cert`` (for aiosmtpd)."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


def _openssl(*args: str | Path, cwd: Path) -> None:
    if shutil.which(_OPENSSL) is None:
        raise RuntimeError(f"{_OPENSSL} not found: the TLS test certificates need it")
    done = subprocess.run(
        [_OPENSSL, *map(str, args)], cwd=cwd, capture_output=True, text=True, check=False,
        timeout=60,
    )
    if done.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed: {done.stderr.strip()[-500:]}")


def _san(names: Sequence[str]) -> str:
    entries = []
    for name in names:
        try:
            ipaddress.ip_address(name)
        except ValueError:
            entries.append(f"DNS:{name}")
        else:
            entries.append(f"IP:{name}")
    return ",".join(entries)


def make_test_ca(
    directory: Path, *, names: Sequence[str] = ("localhost", "127.0.0.1"),
    ca_name: str = "mailbot test CA", days: int = 2,
) -> TlsFiles:
    """Create ``ca.pem``/``ca.key`` and ``server.pem``/``server.key`` (for ``names``) in
    ``directory``; return their paths. EC P-256 keys, valid from now for ``days`` days.

    Every call makes a new CA, so two calls give two CAs that do not trust each other.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    ca_key, ca_cert = directory / "ca.key", directory / "ca.pem"
    key, csr, cert = directory / "server.key", directory / "server.csr", directory / "server.pem"
    ext = directory / "server.ext"
    curve = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    _openssl(
        "req", "-x509", *curve, "-keyout", ca_key, "-out", ca_cert, "-days", str(days),
        "-subj", f"/O=mailbot tests/CN={ca_name}",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        "-addext", "subjectKeyIdentifier=hash",
        cwd=directory,
    )
    _openssl(
        "req", "-new", *curve, "-keyout", key, "-out", csr, "-subj", f"/CN={names[0]}",
        cwd=directory,
    )
    ext.write_text(
        "basicConstraints = critical,CA:FALSE\n"
        "keyUsage = critical,digitalSignature\n"
        "extendedKeyUsage = serverAuth\n"
        f"subjectAltName = {_san(names)}\n"
        "subjectKeyIdentifier = hash\n"
        "authorityKeyIdentifier = keyid\n"
    )
    _openssl(
        "x509", "-req", "-in", csr, "-CA", ca_cert, "-CAkey", ca_key,
        "-set_serial", str(secrets.randbits(63)), "-days", str(days), "-sha256",
        "-extfile", ext, "-out", cert,
        cwd=directory,
    )
    csr.unlink()
    for path in (ca_cert, cert):
        path.chmod(0o644)
    for path in (ca_key, key):
        path.chmod(0o600)
    return TlsFiles(ca_cert=ca_cert, cert=cert, key=key)
