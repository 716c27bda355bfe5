package web;

import auth.AuthenticationService;
import billing.MemberAccount;
import billing.PaymentService;
import billing.PaymentService.PaymentDeclinedException;
import billing.PaymentService.Receipt;
import common.Money;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "My account" page of the member portal: what do I owe, and pay it.
 */
@RestController
@RequestMapping("/api/account")
public class AccountController {

    public record BalanceView(Money balance, List<String> openCharges) {
    }

    /** Token from the processor's hosted payment form; never a card number. */
    public record PaymentRequest(String cardToken) {
    }

    private final Map<String, MemberAccount> accounts;
    private final PaymentService paymentService;
    private final AuthenticationService authenticationService;

    public AccountController(Map<String, MemberAccount> accounts, PaymentService paymentService,
                             AuthenticationService authenticationService) {
        this.accounts = accounts;
        this.paymentService = paymentService;
        this.authenticationService = authenticationService;
    }

    @GetMapping("/balance")
    public ResponseEntity<BalanceView> balance(@RequestHeader("Authorization") String auth) {
        String memberId = memberId(auth);
        if (memberId == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        MemberAccount account = accounts.computeIfAbsent(memberId, MemberAccount::new);
        List<String> lines = account.openCharges().stream()
                .map(c -> c.description() + ": " + c.amount())
                .toList();
        return ResponseEntity.ok(new BalanceView(account.balance(), lines));
    }

    @PostMapping("/payments")
    public ResponseEntity<Receipt> pay(@RequestHeader("Authorization") String auth, @RequestBody PaymentRequest request) {
        String memberId = memberId(auth);
        if (memberId == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(paymentService.payOutstanding(memberId, request.cardToken()));
        } catch (PaymentDeclinedException e) {
            return ResponseEntity.status(HttpStatus.PAYMENT_REQUIRED).build();
        } catch (IllegalStateException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
    }

    private String memberId(String authorization) {
        return authenticationService.authenticate(LoginController.bearerToken(authorization)).orElse(null);
    }
}
