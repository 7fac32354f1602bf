"""Opens and writes Puentes's encrypted files (src/io/encrypted-file.ts) with Python's own parts: hashlib.scrypt
(OpenSSL's scrypt) and AES-GCM from the cryptography package, none of them sharing code with the app.

    python3 encrypted_file.py open FILE PASSPHRASE   # the text, on standard output; exit 2 if it does not open
    python3 encrypted_file.py seal FILE PASSPHRASE   # FILE's text encrypted, as an envelope, on standard output
"""
import base64
import hashlib
import json
import os
import sys
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def header(envelope):
    """The additional data: the envelope without data, its keys in the order the format fixes, no spaces."""
    kdf, cipher = envelope["kdf"], envelope["cipher"]
    params = kdf["params"]
    fixed = {
        "format": envelope["format"],
        "version": envelope["version"],
        "kdf": {
            "name": kdf["name"],
            "params": {"N": params["N"], "r": params["r"], "p": params["p"]},
            "salt": kdf["salt"],
            "check": kdf["check"],
        },
        "cipher": {"name": cipher["name"], "iv": cipher["iv"]},
    }
    return json.dumps(fixed, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def derive(passphrase, salt, params):
    """48 bytes of scrypt: the AES-256 key, then the 16-byte check."""
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    n, r, p = params["N"], params["r"], params["p"]
    out = hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=2**30 + 2**20, dklen=48)
    return out[:32], out[32:]


def open_file(path, passphrase):
    with open(path, encoding="utf-8") as f:
        envelope = json.load(f)
    assert envelope["format"] == "puentes-encrypted" and envelope["version"] == 1
    assert envelope["kdf"]["name"] == "scrypt" and envelope["cipher"]["name"] == "AES-GCM"
    key, check = derive(passphrase, base64.b64decode(envelope["kdf"]["salt"]), envelope["kdf"]["params"])
    if check != base64.b64decode(envelope["kdf"]["check"]):
        sys.exit(2)
    try:
        plain = AESGCM(key).decrypt(base64.b64decode(envelope["cipher"]["iv"]), base64.b64decode(envelope["data"]), header(envelope))
    except InvalidTag:
        sys.exit(2)
    sys.stdout.buffer.write(plain)


def seal_file(path, passphrase):
    with open(path, "rb") as f:
        plain = f.read()
    salt, iv = os.urandom(16), os.urandom(12)
    params = {"N": 2**17, "r": 8, "p": 1}
    key, check = derive(passphrase, salt, params)
    envelope = {
        "format": "puentes-encrypted",
        "version": 1,
        "kdf": {"name": "scrypt", "params": params, "salt": base64.b64encode(salt).decode(), "check": base64.b64encode(check).decode()},
        "cipher": {"name": "AES-GCM", "iv": base64.b64encode(iv).decode()},
    }
    envelope["data"] = base64.b64encode(AESGCM(key).encrypt(iv, plain, header(envelope))).decode()
    json.dump(envelope, sys.stdout, indent=2)


if __name__ == "__main__":
    command, path, passphrase = sys.argv[1:4]
    open_file(path, passphrase) if command == "open" else seal_file(path, passphrase)
