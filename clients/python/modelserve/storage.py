"""Objects in the platform's S3-compatible storage (MinIO, or the embedded store), signed with AWS
Signature Version 4 on the standard library."""

import datetime
import hashlib
import hmac
import os
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ElementTree



class StorageError(Exception):
    """An answer other than 2xx from the store: the HTTP status and S3's error code."""

    def __init__(self, status, code, message):
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code


def parse_uri(uri):
    """s3://bucket/key -> (bucket, key)."""
    parsed = urllib.parse.urlparse(uri)
    if parsed.scheme != "s3" or not parsed.netloc:
        raise ValueError(f"expected s3://bucket/key, got {uri!r}")
    return parsed.netloc, parsed.path.lstrip("/")


class Storage:
    """Path-style requests to one S3 endpoint with one pair of credentials."""

    def __init__(self, endpoint, access_key, secret_key, region="us-east-1", bucket=None, timeout=60.0):
        self.endpoint = endpoint.rstrip("/")
        self.access_key = access_key
        self.secret_key = secret_key
        self.region = region
        self.bucket = bucket
        self.timeout = timeout

    @classmethod
    def from_environment(cls):
        """The store a notebook instance is given: MODELSERVE_S3_ENDPOINT, _ACCESS_KEY, _SECRET_KEY, _REGION, _BUCKET."""
        env = os.environ
        if "MODELSERVE_S3_ENDPOINT" not in env:
            raise StorageError(0, "NotConfigured", "MODELSERVE_S3_ENDPOINT is not set")
        return cls(
            env["MODELSERVE_S3_ENDPOINT"],
            env.get("MODELSERVE_S3_ACCESS_KEY", ""),
            env.get("MODELSERVE_S3_SECRET_KEY", ""),
            env.get("MODELSERVE_S3_REGION", "us-east-1"),
            env.get("MODELSERVE_S3_BUCKET"),
        )

    def uri(self, key):
        """s3:// URI of a key in the platform's bucket."""
        return f"s3://{self.bucket}/{key.lstrip('/')}"

    def get(self, uri):
        bucket, key = parse_uri(uri)
        return self._send("GET", f"/{bucket}/{_quote(key)}")

    def put(self, uri, data, content_type="application/octet-stream"):
        bucket, key = parse_uri(uri)
        if isinstance(data, str):
            data = data.encode()
        self._send("PUT", f"/{bucket}/{_quote(key)}", body=bytes(data), headers={"content-type": content_type})
        return uri

    def exists(self, uri):
        bucket, key = parse_uri(uri)
        try:
            self._send("HEAD", f"/{bucket}/{_quote(key)}")
            return True
        except StorageError as error:
            if error.status == 404:
                return False
            raise

    def list(self, uri):
        """Every key under s3://bucket/prefix, in order (ListObjectsV2, page by page)."""
        bucket, prefix = parse_uri(uri)
        keys, token = [], None
        while True:
            query = {"list-type": "2", "prefix": prefix}
            if token:
                query["continuation-token"] = token
            root = ElementTree.fromstring(self._send("GET", f"/{bucket}", query=query))
            # Stores differ in the XML namespace they answer in; elements are matched by local name.
            texts = {}
            for element in root.iter():
                name = element.tag.rsplit("}", 1)[-1]
                if name == "Key":
                    keys.append(element.text)
                else:
                    texts[name] = element.text
            token = texts.get("NextContinuationToken")
            if texts.get("IsTruncated") != "true" or not token:
                return keys

    def _send(self, method, path, query=None, body=b"", headers=None):
        query = query or {}
        url = urllib.parse.urlparse(self.endpoint)
        canonical_query = "&".join(f"{_quote(k, '')}={_quote(v, '')}" for k, v in sorted(query.items()))
        signed = sign_v4(method, url.netloc, url.path.rstrip("/") + path, canonical_query, dict(headers or {}), body,
                         self.access_key, self.secret_key, self.region, "s3")
        full_url = self.endpoint + path + (f"?{canonical_query}" if canonical_query else "")
        request = urllib.request.Request(full_url, data=body if method in ("PUT", "POST") else None, method=method, headers=signed)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            payload = error.read()
            code = ""
            try:
                code = ElementTree.fromstring(payload).findtext("Code") or ""
            except ElementTree.ParseError:
                pass
            raise StorageError(error.code, code or error.reason, f"{method} {path}") from None


def _quote(text, safe="/"):
    return urllib.parse.quote(text, safe=safe + "-_.~")


def sign_v4(method, host, path, canonical_query, headers, body, access_key, secret_key, region, service, now=None):
    """Headers for a request signed with AWS Signature Version 4 (`path` already URI-encoded)."""
    now = now or datetime.datetime.now(datetime.timezone.utc)
    amz_date = now.strftime("%Y%m%dT%H%M%SZ")
    date = amz_date[:8]
    payload_hash = hashlib.sha256(body).hexdigest()
    headers = {k.lower(): str(v).strip() for k, v in headers.items()}
    headers.update({"host": host, "x-amz-date": amz_date, "x-amz-content-sha256": payload_hash})
    names = sorted(headers)
    canonical_headers = "".join(f"{name}:{headers[name]}\n" for name in names)
    signed_headers = ";".join(names)
    canonical_request = "\n".join([method, path or "/", canonical_query, canonical_headers, signed_headers, payload_hash])
    scope = f"{date}/{region}/{service}/aws4_request"
    string_to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical_request.encode()).hexdigest()])
    key = f"AWS4{secret_key}".encode()
    for part in (date, region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    headers["authorization"] = (
        f"AWS4-HMAC-SHA256 Credential={access_key}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"
    )
    del headers["host"]  # urllib sets it from the URL
    return headers
