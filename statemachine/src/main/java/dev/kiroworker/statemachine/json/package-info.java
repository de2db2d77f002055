/**
 * JSON handling shared by the whole engine: one Jackson mapper and AWS's JSONPath dialect (read
 * with Jayway JsonPath over Jackson trees, written through reference paths for ResultPath).
 */
package dev.kiroworker.statemachine.json;
