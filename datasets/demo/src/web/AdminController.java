package web;

import audit.AuditLog;
import auth.AccessPolicy;
import auth.AuthenticationService;
import auth.Role.Permission;
import billing.MemberAccount;
import catalog.CatalogAdminService;
import catalog.CatalogItem;
import java.util.Map;
import member.Member;
import member.MemberRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff back-office endpoints. Every method starts with an access check;
 * {@link AccessPolicy.AccessDeniedException} is mapped to 403 by the global handler.
 */
@RestController
@RequestMapping("/api/admin")
public class AdminController {

    public record WaiverRequest(String reason) {
    }

    private final CatalogAdminService catalogAdmin;
    private final MemberRepository members;
    private final Map<String, MemberAccount> accounts;
    private final AuthenticationService authenticationService;
    private final AccessPolicy accessPolicy;
    private final AuditLog auditLog;

    public AdminController(CatalogAdminService catalogAdmin, MemberRepository members,
                           Map<String, MemberAccount> accounts, AuthenticationService authenticationService,
                           AccessPolicy accessPolicy, AuditLog auditLog) {
        this.catalogAdmin = catalogAdmin;
        this.members = members;
        this.accounts = accounts;
        this.authenticationService = authenticationService;
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
    }

    @PostMapping("/items")
    public ResponseEntity<Void> addItem(@RequestHeader("Authorization") String auth, @RequestBody CatalogItem item) {
        catalogAdmin.addItem(actor(auth), item);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @DeleteMapping("/items/{barcode}")
    public ResponseEntity<Void> withdraw(@RequestHeader("Authorization") String auth, @PathVariable String barcode) {
        catalogAdmin.withdraw(actor(auth), barcode);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/members/{memberId}")
    public ResponseEntity<Member> memberDetails(@RequestHeader("Authorization") String auth,
                                                @PathVariable String memberId) {
        accessPolicy.requireCanViewMember(actor(auth), memberId);
        return members.findById(memberId).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/members/{memberId}/charges/{chargeNumber}/waive")
    public ResponseEntity<Void> waiveCharge(@RequestHeader("Authorization") String auth, @PathVariable String memberId,
                                            @PathVariable int chargeNumber, @RequestBody WaiverRequest request) {
        Member staff = actor(auth);
        accessPolicy.require(staff, Permission.WAIVE_FINES);
        MemberAccount account = accounts.get(memberId);
        if (account == null || account.waive(chargeNumber, request.reason()).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        auditLog.append("CHARGE_WAIVED", staff.getId(), memberId, "charge=" + chargeNumber + " reason=" + request.reason());
        return ResponseEntity.noContent().build();
    }

    private Member actor(String authorization) {
        return authenticationService.authenticate(LoginController.bearerToken(authorization))
                .flatMap(members::findById).orElse(null);
    }
}
