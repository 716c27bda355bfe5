package auth;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a signed-in user may do. A member acting at the desk is still a
 * MEMBER; only accounts promoted by an administrator become LIBRARIAN.
 */
public enum Role {

    MEMBER(EnumSet.noneOf(Permission.class)),

    LIBRARIAN(EnumSet.of(
            Permission.EDIT_CATALOG,
            Permission.ISSUE_LOANS,
            Permission.WAIVE_FINES,
            Permission.VIEW_MEMBER_DETAILS)),

    ADMINISTRATOR(EnumSet.allOf(Permission.class));

    /** Fine-grained rights checked by {@link AccessPolicy}. */
    public enum Permission {
        EDIT_CATALOG,
        ISSUE_LOANS,
        WAIVE_FINES,
        VIEW_MEMBER_DETAILS,
        MANAGE_STAFF_ACCOUNTS
    }

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean isStaff() {
        return this != MEMBER;
    }
}
