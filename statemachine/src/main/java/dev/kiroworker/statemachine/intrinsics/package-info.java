/**
 * The States Language intrinsic functions ({@code States.Format}, {@code States.ArrayRange}, ...)
 * used in {@code "key.$"} fields, parsed and evaluated the way AWS Step Functions does.
 */
package dev.kiroworker.statemachine.intrinsics;
