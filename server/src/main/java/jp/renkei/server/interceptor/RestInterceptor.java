package jp.renkei.server.interceptor;

/**
 * Marks a HAPI interceptor that belongs on the REST endpoint only (it looks at HTTP requests); interceptors about
 * stored data register on HAPI's global interceptor service instead, so that they also see non-HTTP writes.
 */
public interface RestInterceptor {}
