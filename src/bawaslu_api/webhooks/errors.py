"""Errors of the webhooks API."""

from __future__ import annotations

from bawaslu_api.errors import NotFound, Unprocessable
from bawaslu_api.i18n import Text


class WebhookNotFound(NotFound):
    code = "webhook_not_found"
    title = Text("Langganan webhook tidak ditemukan", "Webhook subscription not found")


class DeliveryNotFound(NotFound):
    code = "delivery_not_found"
    title = Text("Pengiriman webhook tidak ditemukan", "Webhook delivery not found")


class TargetNotAllowed(Unprocessable):
    code = "webhook_target_not_allowed"
    title = Text("Alamat penerima webhook tidak diizinkan", "Webhook receiver URL not allowed")
