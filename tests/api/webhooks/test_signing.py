"""Standard Webhooks signatures: the specification's own example, and our secrets."""

from __future__ import annotations

import base64

from bawaslu_api.webhooks import signing


def test_the_standard_webhooks_example_signature() -> None:
    # The example of the Standard Webhooks reference libraries.
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    body = b'{"test": 2432232314}'
    signature = signing.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)
    assert signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_new_secrets_are_32_random_bytes_with_the_prefix() -> None:
    a, b = signing.new_secret(), signing.new_secret()
    assert a != b
    assert a.startswith("whsec_")
    assert len(base64.b64decode(a.removeprefix("whsec_"))) == 32
    headers = signing.headers(a, "msg_1", 1, b"{}")
    assert set(headers) == {"content-type", "webhook-id", "webhook-timestamp", "webhook-signature"}
