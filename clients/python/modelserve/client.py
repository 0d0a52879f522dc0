"""The platform's REST API: models, versions, endpoint configs, endpoints, invocations and jobs."""

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request

from .storage import Storage

ENDED = ("Completed", "Failed", "Stopped")


class ModelServeError(Exception):
    """An answer other than 2xx: the HTTP status and the platform's error code and message."""

    def __init__(self, status, code, message):
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


class ModelServe:
    """A client of one platform. `url` and `api_key` default to MODELSERVE_URL and MODELSERVE_API_KEY."""

    def __init__(self, url=None, api_key=None, timeout=60.0, storage=None):
        self.url = (url or os.environ.get("MODELSERVE_URL") or "http://127.0.0.1:8080").rstrip("/")
        self.api_key = api_key if api_key is not None else os.environ.get("MODELSERVE_API_KEY")
        self.timeout = timeout
        self._storage = storage

    @property
    def storage(self):
        """The object store, from MODELSERVE_S3_* (set in notebook instances)."""
        if self._storage is None:
            self._storage = Storage.from_environment()
        return self._storage

    # Requests.

    def request(self, method, path, body=None, content_type=None, accept="application/json", query=None):
        """One call; JSON bodies are sent for dicts and lists, bytes as they are. Answers the parsed JSON or bytes."""
        url = self.url + path + (("?" + urllib.parse.urlencode(query)) if query else "")
        headers = {"accept": accept}
        if self.api_key:
            headers["authorization"] = f"Bearer {self.api_key}"
        data = None
        if body is not None:
            if isinstance(body, (bytes, bytearray)):
                data = bytes(body)
                headers["content-type"] = content_type or "application/octet-stream"
            else:
                data = json.dumps(body).encode()
                headers["content-type"] = content_type or "application/json"
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = response.read()
                if "json" in (response.headers.get("content-type") or ""):
                    return json.loads(payload) if payload else None
                return payload
        except urllib.error.HTTPError as error:
            payload = error.read()
            try:
                detail = json.loads(payload)["error"]
                raise ModelServeError(error.code, detail.get("code", ""), detail.get("message", "")) from None
            except (ValueError, KeyError, TypeError):
                raise ModelServeError(error.code, "", payload.decode(errors="replace")) from None

    def _get(self, path, **query):
        return self.request("GET", path, query={k: v for k, v in query.items() if v is not None} or None)

    def _post(self, path, body=None, **kwargs):
        return self.request("POST", path, body if body is not None else {}, **kwargs)

    # Models and versions.

    def list_models(self):
        return self._get("/v1/models")["models"]

    def get_model(self, name):
        return self._get(f"/v1/models/{name}")

    def create_model(self, name, **fields):
        return self._post("/v1/models", {"name": name, **fields})

    def upload_version(self, model, onnx, **query):
        """Uploads an ONNX file (a path or its bytes) as the model's next version."""
        if isinstance(onnx, (bytes, bytearray)):
            data = bytes(onnx)
        else:
            with open(onnx, "rb") as file:
                data = file.read()
        path = f"/v1/models/{model}/versions" + (("?" + urllib.parse.urlencode(query)) if query else "")
        return self.request("POST", path, data, content_type="application/octet-stream")

    def list_versions(self, model):
        return self._get(f"/v1/models/{model}/versions")["versions"]

    # Endpoint configs and endpoints.

    def create_endpoint_config(self, name, variants):
        return self._post("/v1/endpoint-configs", {"name": name, "variants": variants})

    def create_endpoint(self, name, config):
        return self._post("/v1/endpoints", {"name": name, "config": config})

    def update_endpoint(self, name, config):
        return self.request("PUT", f"/v1/endpoints/{name}", {"config": config})

    def get_endpoint(self, name):
        return self._get(f"/v1/endpoints/{name}")

    def list_endpoints(self):
        return self._get("/v1/endpoints")["endpoints"]

    def delete_endpoint(self, name):
        return self.request("DELETE", f"/v1/endpoints/{name}")

    def wait_endpoint(self, name, timeout=300.0, interval=1.0):
        """Waits until the endpoint is InService (or fails: ModelServeError with its reason)."""
        deadline = time.monotonic() + timeout
        while True:
            endpoint = self.get_endpoint(name)
            if endpoint["status"] == "InService":
                return endpoint
            if endpoint["status"] == "Failed":
                raise ModelServeError(409, "Failed", endpoint.get("failureReason", f"endpoint {name} failed"))
            if time.monotonic() > deadline:
                raise TimeoutError(f"endpoint {name} is {endpoint['status']} after {timeout} s")
            time.sleep(interval)

    def deploy(self, endpoint, model, version, instance_count=1, wait=True):
        """Serves a model version at an endpoint: a config named `<endpoint>-<model>-v<version>`, then the
        endpoint created (or updated to it), then waits for InService."""
        config = f"{endpoint}-{model}-v{version}"[:63].rstrip("-")
        try:
            self.create_endpoint_config(config, [{"name": "primary", "model": model, "version": version, "instanceCount": instance_count}])
        except ModelServeError as error:
            if error.status != 409:
                raise
        try:
            self.create_endpoint(endpoint, config)
        except ModelServeError as error:
            if error.status != 409:
                raise
            self.update_endpoint(endpoint, config)
        return self.wait_endpoint(endpoint) if wait else self.get_endpoint(endpoint)

    def invoke(self, endpoint, data, content_type=None, accept="application/json"):
        """Invokes an endpoint: rows (a list) as JSON, a str as CSV, bytes as they are (give content_type)."""
        if isinstance(data, str):
            body, content_type = data.encode(), content_type or "text/csv"
        elif isinstance(data, (bytes, bytearray)):
            body = bytes(data)
        else:
            body, content_type = json.dumps(data).encode(), content_type or "application/json"
        return self.request("POST", f"/endpoints/{endpoint}/invocations", body, content_type=content_type, accept=accept)

    # Training jobs.

    def create_training_job(self, name, **spec):
        """Starts a training job; `spec` takes the REST fields (algorithm, inputDataConfig, outputDataConfig, ...)."""
        return self._post("/v1/training-jobs", {"name": name, **spec})

    def get_training_job(self, name):
        return self._get(f"/v1/training-jobs/{name}")

    def list_training_jobs(self):
        return self._get("/v1/training-jobs")["trainingJobs"]

    def training_job_logs(self, name, after=0):
        return self._get(f"/v1/training-jobs/{name}/logs", after=after)["lines"]

    def wait_training_job(self, name, timeout=3600.0, interval=2.0, echo=False):
        """Waits until the job has ended (printing its log lines as they come with `echo`); the job."""
        deadline = time.monotonic() + timeout
        after = 0
        while True:
            job = self.get_training_job(name)
            if echo:
                for line in self.training_job_logs(name, after):
                    print(line["message"])
                    after = line["sequence"]
            if job["status"] in ENDED:
                return job
            if time.monotonic() > deadline:
                raise TimeoutError(f"training job {name} is {job['status']} after {timeout} s")
            time.sleep(interval)

    # Notebook instances.

    def list_notebook_instances(self):
        return self._get("/v1/notebook-instances")["notebookInstances"]
