/** ValidateSpec: checks that a work item's feature branch holds a spec and an open pull request. */
package dev.kiroworker.handlers.spec;
