package member;

import auth.Role;
import java.time.LocalDate;

/**
 * A person holding a library card. Staff members are members too; they differ
 * only by {@link Role}.
 */
public class Member {

    public enum Status { ACTIVE, SUSPENDED, CLOSED }

    private final String id;
    private final String cardNumber;
    private final LocalDate registeredOn;
    private String fullName;
    private String email;
    private String postalAddress;
    private String homeBranchId;
    private String passwordHash;
    private Role role = Role.MEMBER;
    private Status status = Status.ACTIVE;

    public Member(String id, String cardNumber, LocalDate registeredOn) {
        this.id = id;
        this.cardNumber = cardNumber;
        this.registeredOn = registeredOn;
    }

    public String getId() { return id; }

    public String getCardNumber() { return cardNumber; }

    public LocalDate getRegisteredOn() { return registeredOn; }

    public String getFullName() { return fullName; }

    public void setFullName(String fullName) { this.fullName = fullName; }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public String getPostalAddress() { return postalAddress; }

    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }

    public String getHomeBranchId() { return homeBranchId; }

    public void setHomeBranchId(String homeBranchId) { this.homeBranchId = homeBranchId; }

    public String getPasswordHash() { return passwordHash; }

    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }

    public Role getRole() { return role; }

    public void setRole(Role role) { this.role = role; }

    public Status getStatus() { return status; }

    public void setStatus(Status status) { this.status = status; }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
