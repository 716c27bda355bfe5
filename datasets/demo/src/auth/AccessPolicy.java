package auth;

import auth.Role.Permission;
import java.util.logging.Logger;
import member.Member;

/**
 * Central place for authorization decisions, so that controllers do not
 * scatter role checks. Every refusal is logged at WARNING level; the security
 * team has an alert on repeated refusals for one account.
 */
public class AccessPolicy {

    private static final Logger LOG = Logger.getLogger(AccessPolicy.class.getName());

    /** Thrown when the current user lacks a permission. Mapped to HTTP 403. */
    public static class AccessDeniedException extends RuntimeException {
        public AccessDeniedException(String message) {
            super(message);
        }
    }

    public boolean isAllowed(Member actor, Permission permission) {
        return actor != null && actor.isActive() && actor.getRole().grants(permission);
    }

    public void require(Member actor, Permission permission) {
        if (!isAllowed(actor, permission)) {
            deny(actor, permission.name());
        }
    }

    /**
     * Members may always see their own record; anyone else's record needs
     * the VIEW_MEMBER_DETAILS permission.
     */
    public void requireCanViewMember(Member actor, String memberId) {
        if (actor != null && actor.getId().equals(memberId)) {
            return;
        }
        require(actor, Permission.VIEW_MEMBER_DETAILS);
    }

    private void deny(Member actor, String what) {
        String who = actor == null ? "anonymous" : actor.getId();
        LOG.warning(() -> "Access denied: " + who + " attempted " + what);
        throw new AccessDeniedException("Not permitted: " + what);
    }
}
