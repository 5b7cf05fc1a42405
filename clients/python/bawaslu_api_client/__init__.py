
""" A client library for accessing Bawaslu Case Handling API """
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
