/**
 * DiscoverWorkItem: finds the next ready item on the Projects (v2) board, resolves and validates
 * its branch, and reports "In Progress" items whose run died (no live lock).
 */
package dev.kiroworker.handlers.discovery;
