/**
 * The handlers module's one JSON setup: a shared Jackson mapper for events, API bodies and secrets.
 */
package dev.kiroworker.handlers.json;
