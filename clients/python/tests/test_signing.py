"""Signature Version 4 against AWS's published example (S3 API reference, "Example: GET Object")."""

import datetime
import unittest

from modelserve.storage import parse_uri, sign_v4


class SignatureTest(unittest.TestCase):
    def test_matches_the_published_get_object_example(self):
        headers = sign_v4(
            "GET",
            "examplebucket.s3.amazonaws.com",
            "/test.txt",
            "",
            {"Range": "bytes=0-9"},
            b"",
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "us-east-1",
            "s3",
            now=datetime.datetime(2013, 5, 24, tzinfo=datetime.timezone.utc),
        )
        self.assertEqual(
            headers["authorization"],
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
            "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
            "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
        )
        self.assertEqual(headers["x-amz-date"], "20130524T000000Z")

    def test_parses_s3_uris(self):
        self.assertEqual(parse_uri("s3://bucket/a/b.csv"), ("bucket", "a/b.csv"))
        with self.assertRaises(ValueError):
            parse_uri("https://bucket/a")


if __name__ == "__main__":
    unittest.main()
