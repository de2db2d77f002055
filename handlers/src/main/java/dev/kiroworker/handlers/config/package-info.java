/**
 * The handlers' configuration, read in one place: environment variables set by the deployment and
 * the project document kept in SSM Parameter Store, each validated with a message that names the
 * key and the expected form.
 */
package dev.kiroworker.handlers.config;
