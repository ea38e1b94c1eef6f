package app.avenant.mail.domain;

/** A message's words: its subject, its plain text and the same in HTML. */
public record Letter(String subject, String text, String html) {}
