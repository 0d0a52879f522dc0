"""A client for the modelserve platform's REST API and its object storage, on Python's standard library.

    from modelserve import ModelServe
    ms = ModelServe()                      # MODELSERVE_URL and MODELSERVE_API_KEY from the environment
    ms.list_models()
    ms.deploy("wine", model="wine", version=1)
    ms.invoke("wine", [[13.2, 1.78, ...]])

In a notebook instance both variables are set, and so are the storage's (MODELSERVE_S3_*), so that
`ms.storage.get("s3://bucket/key")` reads objects.
"""

from .client import ModelServe, ModelServeError
from .storage import Storage, StorageError

__all__ = ["ModelServe", "ModelServeError", "Storage", "StorageError"]
