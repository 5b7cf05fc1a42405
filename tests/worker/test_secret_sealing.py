"""Webhook signing secrets are stored encrypted; deliveries are signed with the clear one."""

from __future__ import annotations

from typing import Any

from pydantic import SecretStr
from sqlalchemy import text
from tests.worker.conftest import Clock, Env, Receiver, verify_signature

from bawaslu_api.webhooks import sealing
from bawaslu_api.worker.runner import Worker


async def _stored_secret(env: Env, subscription: str) -> str:
    return str(
        await env.scalar("SELECT secret FROM webhook_subscription WHERE id = :s", s=subscription)
    )


async def _set_secret(env: Env, subscription: str, value: str) -> None:
    async with env.app.state.engine.begin() as conn:
        await conn.execute(
            text("UPDATE webhook_subscription SET secret = :v WHERE id = :s"),
            {"v": value, "s": subscription},
        )


async def _deliver(env: Env, settings: Any = None) -> None:
    async with Worker(
        env.app.state.sessionmaker, settings or env.settings, clock=Clock(), periodic=False
    ) as w:
        await w.drain()


async def test_the_database_holds_the_secret_sealed_and_receivers_verify_with_the_clear_one(
    env: Env, receiver: Receiver
) -> None:
    sub = await env.subscribe(receiver.url, ["report.created"])
    stored = await _stored_secret(env, sub["id"])
    assert stored.startswith("enc1:")
    assert sub["secret"] not in stored
    assert sub["secret"].split("_", 1)[1] not in stored
    await env.case(forward=False)
    await _deliver(env)
    [hit] = receiver.accepted()
    assert verify_signature(sub["secret"], hit.headers, hit.body)


async def test_a_secret_stored_in_clear_by_an_older_version_works_and_gets_sealed(
    env: Env, receiver: Receiver
) -> None:
    sub = await env.subscribe(receiver.url, ["report.created"])
    await _set_secret(env, sub["id"], sub["secret"])  # as versions before sealing stored it
    await env.case(forward=False)
    await _deliver(env)
    assert verify_signature(
        sub["secret"], receiver.accepted()[0].headers, receiver.accepted()[0].body
    )

    async with Worker(
        env.app.state.sessionmaker, env.settings, clock=Clock(), periodic=False
    ) as worker:
        result = await worker.prune_once()
    assert result.webhook_secrets_sealed >= 1
    stored = await _stored_secret(env, sub["id"])
    assert sealing.is_sealed(stored)
    assert sealing.unseal(stored, sealing.key_from(env.settings)) == sub["secret"]


async def test_with_another_key_a_delivery_fails_visibly_and_is_not_signed_wrongly(
    env: Env, receiver: Receiver
) -> None:
    sub = await env.subscribe(receiver.url, ["report.created"])
    await env.case(forward=False)
    other = env.settings.model_copy(update={"webhook_secret_key": SecretStr("another key")})
    await _deliver(env, other)
    assert receiver.hits == []  # nothing was sent
    listed = await env.client.get(f"/v1/webhooks/{sub['id']}/deliveries", headers=env.admin)
    [item] = listed.json()["items"]
    assert item["status"] == "pending"  # retried, with the right key it goes out
    assert "cannot be decrypted" in item["attempt_log"][0]["error"]
