package web;

import auth.AccessPolicy;
import auth.AuthenticationService;
import auth.Role.Permission;
import common.Money;
import lending.Loan;
import lending.LoanService;
import lending.LoanService.LoanRefusedException;
import member.Member;
import member.MemberRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Circulation desk endpoints (issue, return, lost) and the member's own renewals.
 */
@RestController
@RequestMapping("/api/loans")
public class LoanController {

    public record CheckoutRequest(String barcode, String cardNumber, String branchId) {
    }

    public record CheckInRequest(String barcode, String branchId) {
    }

    private final LoanService loanService;
    private final MemberRepository members;
    private final AuthenticationService authenticationService;
    private final AccessPolicy accessPolicy;

    public LoanController(LoanService loanService, MemberRepository members,
                          AuthenticationService authenticationService, AccessPolicy accessPolicy) {
        this.loanService = loanService;
        this.members = members;
        this.authenticationService = authenticationService;
        this.accessPolicy = accessPolicy;
    }

    @PostMapping("/checkout")
    public ResponseEntity<?> checkout(@RequestHeader("Authorization") String auth, @RequestBody CheckoutRequest req) {
        Member staff = staff(auth);
        Member borrower = members.findByCardNumber(req.cardNumber()).orElse(null);
        if (borrower == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("Unknown card " + req.cardNumber());
        }
        try {
            Loan loan = loanService.checkout(req.barcode(), borrower, req.branchId(), staff.getId());
            return ResponseEntity.status(HttpStatus.CREATED).body(loan);
        } catch (LoanRefusedException e) {
            // The desk shows this text to the member, e.g. "Unpaid balance of 12.50 EUR exceeds 10.00 EUR".
            return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
        }
    }

    @PostMapping("/checkin")
    public ResponseEntity<Money> checkIn(@RequestHeader("Authorization") String auth, @RequestBody CheckInRequest req) {
        Member staff = staff(auth);
        return ResponseEntity.ok(loanService.checkIn(req.barcode(), req.branchId(), staff.getId()));
    }

    @PostMapping("/{loanId}/renew")
    public ResponseEntity<?> renew(@RequestHeader("Authorization") String auth, @PathVariable String loanId) {
        String memberId = authenticationService.authenticate(LoginController.bearerToken(auth))
                .orElseThrow(() -> new AccessPolicy.AccessDeniedException("Not signed in"));
        try {
            return ResponseEntity.ok(loanService.renew(loanId, memberId));
        } catch (LoanRefusedException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
        }
    }

    @PostMapping("/{loanId}/lost")
    public ResponseEntity<Money> reportLost(@RequestHeader("Authorization") String auth, @PathVariable String loanId) {
        Member staff = staff(auth);
        return ResponseEntity.ok(loanService.reportLost(loanId, staff.getId()));
    }

    private Member staff(String authorization) {
        Member actor = authenticationService.authenticate(LoginController.bearerToken(authorization))
                .flatMap(members::findById).orElse(null);
        accessPolicy.require(actor, Permission.ISSUE_LOANS);
        return actor;
    }
}
