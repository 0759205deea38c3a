package org.osicam.cli;

/**
 * A usage error found after option parsing, where picocli's own exception is not at hand (for
 * example a malformed {@code --columns} value, or a mapping for a role the command does not have):
 * the command exits with code 2 and prints this message.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message names the option, what was expected and what was given
   */
  public UsageException(String message) {
    super(message);
  }
}
