package dev.kiroworker.handlers.discovery;

/**
 * An open pull request that will close an issue.
 *
 * @param headRefName its head branch
 * @param crossRepository whether the head branch lives in a fork, out of the worker's reach
 */
record LinkedPullRequest(int number, boolean open, String headRefName, boolean crossRepository) {}
