package auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import auth.AccessPolicy.AccessDeniedException;
import auth.Role.Permission;
import java.time.LocalDate;
import member.Member;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    private static Member member(String id, Role role) {
        Member m = new Member(id, "21000" + id.length(), LocalDate.of(2022, 9, 1));
        m.setRole(role);
        return m;
    }

    @Test
    void require_librarianEditsCatalog_isAllowed() {
        assertDoesNotThrow(() -> policy.require(member("lib-1", Role.LIBRARIAN), Permission.EDIT_CATALOG));
    }

    @Test
    void require_memberEditsCatalog_isDenied() {
        assertThrows(AccessDeniedException.class,
                () -> policy.require(member("m-1", Role.MEMBER), Permission.EDIT_CATALOG));
    }

    @Test
    void require_memberWaivesFine_isDenied() {
        assertThrows(AccessDeniedException.class,
                () -> policy.require(member("m-1", Role.MEMBER), Permission.WAIVE_FINES));
    }

    @Test
    void require_anonymousUser_isDenied() {
        assertThrows(AccessDeniedException.class, () -> policy.require(null, Permission.ISSUE_LOANS));
    }

    @Test
    void isAllowed_suspendedLibrarian_isFalse() {
        Member librarian = member("lib-2", Role.LIBRARIAN);
        librarian.setStatus(Member.Status.SUSPENDED);

        assertFalse(policy.isAllowed(librarian, Permission.EDIT_CATALOG));
    }

    @Test
    void isAllowed_administratorManagesStaff_isTrue() {
        assertTrue(policy.isAllowed(member("adm-1", Role.ADMINISTRATOR), Permission.MANAGE_STAFF_ACCOUNTS));
    }

    @Test
    void requireCanViewMember_ownRecord_isAllowed() {
        assertDoesNotThrow(() -> policy.requireCanViewMember(member("m-1", Role.MEMBER), "m-1"));
    }

    @Test
    void requireCanViewMember_otherMembersRecord_isDenied() {
        assertThrows(AccessDeniedException.class,
                () -> policy.requireCanViewMember(member("m-1", Role.MEMBER), "m-2"));
    }
}
