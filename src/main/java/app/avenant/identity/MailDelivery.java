package app.avenant.identity;

/**
 * Whether the portal's e-mail really leaves (a mail server is configured) or is only kept for the admins to read:
 * what the invitation screens promise depends on it. The mail module answers; without it, nothing leaves.
 */
public interface MailDelivery {

    boolean mailLeaves();
}
