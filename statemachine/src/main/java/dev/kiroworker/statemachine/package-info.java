/**
 * A local engine for Amazon States Language definitions (query language JSONPath) that behaves the
 * way AWS Step Functions does. Where the States Language specification and AWS's documented or
 * observed behaviour differ, this engine follows AWS; each such decision is noted where it is
 * implemented and listed in {@code docs/local-engine.md}.
 */
package dev.kiroworker.statemachine;
