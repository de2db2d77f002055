/**
 * The GitHub stand-in of {@code kiro-worker demo}: an in-memory board, repository and pull request
 * served over loopback HTTP in the shapes of GitHub's REST and GraphQL APIs, answering exactly the
 * requests the handlers send and recording every change they make.
 */
package dev.kiroworker.worker.demo.github;
