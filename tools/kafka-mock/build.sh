#!/usr/bin/env bash
# Builds tools/kafka-mock/mock-broker.c against librdkafka 2.15.1, whose source ships inside the npm
# package @confluentinc/kafka-javascript@1.10.1 (Debian's 2.0.2 lacks fixes kafkajs needs: idempotent
# producers, prompt group joins). Output: .cache/kafka-mock/mock-broker. Does nothing when it is current.
# Needs gcc, make and zlib headers; SSL, SASL, zstd and curl are left out.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/.cache/kafka-mock"
binary="$out/mock-broker"
source="$root/tools/kafka-mock/mock-broker.c"
package="@confluentinc/kafka-javascript@1.10.1"

if [ -x "$binary" ] && [ "$binary" -nt "$source" ] && [ "$binary" -nt "$0" ]; then exit 0; fi
mkdir -p "$out"
cd "$out"
if [ ! -f librdkafka/src/librdkafka.a ]; then
  rm -rf package librdkafka ./*.tgz
  npm pack "$package" --silent > /dev/null
  tar xzf ./*.tgz package/deps/librdkafka
  mv package/deps/librdkafka librdkafka
  rm -rf package ./*.tgz
  (cd librdkafka && ./configure --disable-ssl --disable-gssapi --disable-zstd --disable-curl --disable-lz4-ext > mklove-configure.txt 2>&1 \
    && make -C src -j"$(nproc)" librdkafka.a > make.txt 2>&1) || { tail -n 20 librdkafka/*.txt; exit 1; }
fi
cc -O2 -o "$binary.tmp" "$source" -I librdkafka/src librdkafka/src/librdkafka.a -lpthread -lz -lm -ldl -lrt
mv "$binary.tmp" "$binary"
echo "built $binary"
