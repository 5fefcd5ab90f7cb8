package jp.renkei.bench.inbound;

/** One POST of the inbound workload: where to, what type, what bytes. */
record InboundRequest(String pathAndQuery, String contentType, byte[] body) {
}
