"""Users of the web chat: a JSON file of usernames with salted scrypt password hashes, a role, and the
agreements each may read (file-stem patterns such as "gent-*", so a naming convention doubles as a collection)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

ROLES = ("reader", "admin")
_N, _R, _P = 2**14, 8, 1  # scrypt cost: ~50 ms per login on this machine, 16 MiB of memory


class UsersError(ValueError):
    pass


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P)
    return "$".join(["scrypt", str(_N), str(_R), str(_P), base64.b64encode(salt).decode(),
                     base64.b64encode(digest).decode()])


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p))
    except (ValueError, TypeError):
        return False
    return scheme == "scrypt" and hmac.compare_digest(actual, expected)


@dataclass(frozen=True)
class User:
    name: str
    role: str = "reader"
    documents: tuple[str, ...] = ()  # patterns over document ids; empty = every agreement

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def may_read(self, document: str) -> bool:
        return not self.documents or any(fnmatchcase(document, pattern) for pattern in self.documents)


@dataclass
class UsersFile:
    path: Path
    _records: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        if self.path.exists():
            try:
                self._records = json.loads(self.path.read_text(encoding="utf-8"))["users"]
            except (ValueError, KeyError, TypeError) as exc:
                raise UsersError(f"{self.path} is not a users file ({exc}); fix or move it") from None

    def __bool__(self) -> bool:
        return bool(self._records)

    def users(self) -> list[User]:
        return [self._user(name) for name in sorted(self._records)]

    def _user(self, name: str) -> User:
        record = self._records[name]
        return User(name, record["role"], tuple(record.get("documents", ())))

    def get(self, name: str | None) -> User | None:
        return self._user(name) if name in self._records else None

    def authenticate(self, name: str, password: str) -> User | None:
        record = self._records.get(name)
        # An unknown name costs the same hash as a known one, so timing does not reveal which names exist.
        ok = check_password(password, record["password"] if record else hash_password("", b"0" * 16))
        return self._user(name) if record and ok else None

    def add(self, name: str, password: str, role: str = "reader", documents: tuple[str, ...] = ()) -> User:
        if not name or not name.isprintable() or ":" in name:
            raise UsersError(f"invalid username {name!r}")
        if role not in ROLES:
            raise UsersError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
        if len(password) < 8:
            raise UsersError("the password must have at least 8 characters")
        self._records[name] = {"password": hash_password(password), "role": role, "documents": list(documents)}
        self._save()
        return self._user(name)

    def remove(self, name: str) -> bool:
        if self._records.pop(name, None) is None:
            return False
        self._save()
        return True

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        # Created 0600 from the start: password hashes are for the service account only.
        with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as f:
            os.fchmod(f.fileno(), 0o600)  # also when a crashed earlier write left the file behind
            json.dump({"users": self._records}, f, indent=2)
        temporary.replace(self.path)
