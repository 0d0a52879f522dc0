/*
 * A Kafka-protocol broker for tests: librdkafka's mock cluster on 127.0.0.1, a real Kafka server over
 * TCP with everything in memory. Usage: mock-broker [topic:partitions ...]
 * Prints "bootstrap=<host:port>" once ready, then runs until SIGTERM/SIGINT or stdin closes.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rdkafka.h"
#include "rdkafka_mock.h"

static volatile sig_atomic_t stop = 0;
static void on_signal(int sig) { (void)sig; stop = 1; }

int main(int argc, char **argv) {
  char errstr[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof(errstr));
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  if (!rk) {
    fprintf(stderr, "rd_kafka_new: %s\n", errstr);
    return 1;
  }
  rd_kafka_mock_cluster_t *mc = rd_kafka_mock_cluster_new(rk, 1);
  if (!mc) {
    fprintf(stderr, "rd_kafka_mock_cluster_new failed\n");
    return 1;
  }
  /* kafkajs sends InitProducerId and CreateTopics to the controller; report broker 1 as controller. */
  rd_kafka_mock_set_controller_id(mc, 1);
  /* The mock advertises LeaveGroup v4 but parses v0-2; kafkajs uses v3 unless pinned, and leaves are lost. */
  rd_kafka_mock_set_apiversion(mc, 13, 0, 2);
  /* New groups join at once instead of after 3 s. */
  rd_kafka_mock_group_initial_rebalance_delay_ms(mc, 0);

  for (int i = 1; i < argc; i++) {
    char topic[256];
    int partitions = 1;
    const char *colon = strchr(argv[i], ':');
    size_t len = colon ? (size_t)(colon - argv[i]) : strlen(argv[i]);
    if (len == 0 || len >= sizeof(topic)) {
      fprintf(stderr, "bad topic argument: %s\n", argv[i]);
      return 2;
    }
    memcpy(topic, argv[i], len);
    topic[len] = '\0';
    if (colon) partitions = atoi(colon + 1);
    if (partitions < 1) partitions = 1;
    rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(mc, topic, partitions, 1);
    if (err) {
      fprintf(stderr, "topic %s: %s\n", topic, rd_kafka_err2str(err));
      return 1;
    }
  }

  signal(SIGTERM, on_signal);
  signal(SIGINT, on_signal);
  printf("bootstrap=%s\n", rd_kafka_mock_cluster_bootstraps(mc));
  fflush(stdout);

  /* Stop when told to, or when the parent that reads our output goes away (stdin closes). */
  fd_set fds;
  while (!stop) {
    struct timeval tv = {0, 200000};
    FD_ZERO(&fds);
    FD_SET(0, &fds);
    int ready = select(1, &fds, NULL, NULL, &tv);
    if (ready > 0) {
      char buf[64];
      if (read(0, buf, sizeof(buf)) <= 0) break;
    }
  }
  rd_kafka_mock_cluster_destroy(mc);
  rd_kafka_destroy(rk);
  return 0;
}
