/**
 * The failures a handler reports to the workflow. Step Functions names a Java Lambda's error by the
 * exception's fully qualified class name, so the ASL's Retry and Catch use these names: the classes
 * must never move or be renamed.
 */
package dev.kiroworker.handlers.errors;
