"""`akkoord serve` as a real process: sign-in throttling over HTTP, and the truth about who can connect."""

import json
import os

import httpx

from assistant.users import UsersFile

from .test_browser import serving

FAST = {"AKKOORD_EMBEDDER": "hashing"}  # nothing here depends on the embedding model


def _login(url, name, password):
    return httpx.post(f"{url}/login", data={"username": name, "password": password}, timeout=60)


def test_repeated_failed_sign_ins_are_slowed_then_refused_even_with_the_right_password(tmp_path):
    store = tmp_path / "store"
    users = UsersFile(store / "users.json")
    users.add("carol", "right password", "reader")
    users.add("dave", "dave's password", "reader")
    env = {**FAST, "AKKOORD_LOGIN_MAX_FAILURES": "5", "AKKOORD_LOGIN_SLOW_AFTER": "3"}
    with serving(store, env=env) as (url, _):
        assert _login(url, "dave", "dave's password").status_code == 200
        statuses = [_login(url, "carol", f"guess {n}").status_code for n in range(5)]
        assert statuses == [400] * 5
        refused = _login(url, "carol", "right password")
        assert refused.status_code == 429 and "Too many failed sign-ins" in refused.text
        # the address that guessed is refused for other names too, until the lockout ends
        assert _login(url, "dave", "dave's password").status_code == 429
    events = [json.loads(line) for line in (store / "audit.jsonl").read_text().splitlines()]
    actions = [(e["user"], e["action"]) for e in events]
    assert actions[0] == ("dave", "login")
    assert actions.count(("carol", "login_failed")) == 5 and ("carol", "login_refused") in actions
    assert all("password" not in json.dumps(e) for e in events) and events[1]["address"] == "127.0.0.1"
    assert oct(os.stat(store / "audit.jsonl").st_mode & 0o777) == "0o600"


def test_serving_the_network_without_login_says_so_loudly(tmp_path):
    with serving(tmp_path / "store", "--host", "0.0.0.0", "--allow-anonymous-network", env=FAST) as (url, printed):
        text = "".join(printed)
        assert "WARNING: no login" in text and "can read every agreement" in text
        assert "only this computer" not in text
        assert httpx.get(url, timeout=30).status_code == 200
    with serving(tmp_path / "store", env=FAST) as (url, printed):  # the default: loopback only, and it says so
        assert "only this computer can connect" in "".join(printed)
