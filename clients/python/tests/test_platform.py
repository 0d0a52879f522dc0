"""The client against a running platform: MODELSERVE_URL, MODELSERVE_API_KEY and MODELSERVE_S3_* name it,
and MODELSERVE_TEST_ENDPOINT an InService endpoint of the wine example (13 features, 3 classes).
Skipped without them."""

import os
import unittest
import uuid

from modelserve import ModelServe, ModelServeError, Storage

WINE_ROW = [13.2, 1.78, 2.14, 11.2, 100.0, 2.65, 2.76, 0.26, 1.28, 4.38, 1.05, 3.4, 1050.0]


@unittest.skipUnless(os.environ.get("MODELSERVE_TEST_ENDPOINT"), "no platform to test against (MODELSERVE_TEST_ENDPOINT)")
class PlatformTest(unittest.TestCase):
    def setUp(self):
        self.ms = ModelServe()
        self.endpoint = os.environ["MODELSERVE_TEST_ENDPOINT"]

    def test_lists_models_and_endpoints(self):
        endpoint = self.ms.get_endpoint(self.endpoint)
        self.assertEqual(endpoint["status"], "InService")
        self.assertIn(self.endpoint, [e["name"] for e in self.ms.list_endpoints()])
        self.assertTrue(all("name" in m for m in self.ms.list_models()))

    def test_invokes_with_json_and_csv(self):
        answer = self.ms.invoke(self.endpoint, [WINE_ROW])
        probabilities = answer["predictions"][0] if isinstance(answer, dict) else answer[0]
        self.assertEqual(len(probabilities), 3)
        self.assertAlmostEqual(sum(probabilities), 1.0, places=4)
        csv = self.ms.invoke(self.endpoint, ",".join(map(str, WINE_ROW)) + "\n", accept="text/csv")
        self.assertEqual(len(csv.decode().strip().split(",")), 3)

    def test_errors_carry_status_and_code(self):
        with self.assertRaises(ModelServeError) as raised:
            self.ms.get_endpoint("no-such-endpoint-" + uuid.uuid4().hex[:8])
        self.assertEqual(raised.exception.status, 404)
        self.assertEqual(raised.exception.code, "NotFound")
        with self.assertRaises(ModelServeError) as raised:
            ModelServe(api_key="not-a-key").list_models()
        self.assertEqual(raised.exception.status, 401)

    def test_storage_round_trip(self):
        storage = Storage.from_environment()
        prefix = storage.uri(f"python-client/{uuid.uuid4().hex}")
        storage.put(f"{prefix}/a b.csv", "1,2\n")
        storage.put(f"{prefix}/c.bin", b"\x00\x01")
        self.assertEqual(storage.get(f"{prefix}/a b.csv"), b"1,2\n")
        self.assertEqual(storage.list(prefix), [f"{prefix[len(f's3://{storage.bucket}/'):]}/a b.csv", f"{prefix[len(f's3://{storage.bucket}/'):]}/c.bin"])
        self.assertTrue(storage.exists(f"{prefix}/c.bin"))
        self.assertFalse(storage.exists(f"{prefix}/missing"))


if __name__ == "__main__":
    unittest.main()
