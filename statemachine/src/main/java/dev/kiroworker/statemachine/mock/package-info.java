/**
 * Reads mock configuration files in the AWS Step Functions Local format and hands out, per
 * execution, the mocked response each Task invocation gets.
 */
package dev.kiroworker.statemachine.mock;
