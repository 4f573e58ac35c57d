import os
import stat
import subprocess

from assistant.users import UsersError, UsersFile, check_password, hash_password

from ..test_cli import AKKOORD


def test_passwords_are_salted_hashes():
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second and "correct horse" not in first  # a fresh salt each time
    assert check_password("correct horse", first) and not check_password("wrong horse", first)
    assert not check_password("x", "garbage")


def test_users_file_roles_patterns_and_permissions(tmp_path):
    users = UsersFile(tmp_path / "users.json")
    assert not users
    users.add("bob", "battery staple", "reader", ("gent-*", "brugge-cloud"))
    assert stat.S_IMODE(os.stat(tmp_path / "users.json").st_mode) == 0o600
    bob = UsersFile(tmp_path / "users.json").authenticate("bob", "battery staple")
    assert bob and not bob.is_admin and bob.may_read("gent-inetum") and not bob.may_read("koekelare-dv")
    assert users.authenticate("bob", "wrong") is None and users.authenticate("nobody", "battery staple") is None
    for bad in [("eve", "short", "reader"), ("eve", "long enough", "owner"), ("", "long enough", "reader")]:
        try:
            users.add(*bad)
        except UsersError:
            continue
        raise AssertionError(f"accepted {bad}")


def test_users_cli_and_serve_refuses_an_open_network_address(tmp_path):
    store = tmp_path / "store"
    env = {**os.environ, "AKKOORD_STORE": str(store)}
    added = subprocess.run([AKKOORD, "users", "add", "alice", "--role", "admin", "--password-stdin"],
                           input="correct horse\n", capture_output=True, text=True, env=env)
    assert added.returncode == 0, added.stderr
    listed = subprocess.run([AKKOORD, "users", "list"], capture_output=True, text=True, env=env).stdout
    assert listed.split() == ["alice", "admin", "*"] and "correct" not in (store / "users.json").read_text()
    assert subprocess.run([AKKOORD, "users", "remove", "alice"], capture_output=True, env=env).returncode == 0
    refused = subprocess.run([AKKOORD, "serve", "--host", "0.0.0.0"], capture_output=True, text=True, env=env,
                             timeout=120)
    assert refused.returncode == 2 and "--allow-anonymous-network" in refused.stderr
