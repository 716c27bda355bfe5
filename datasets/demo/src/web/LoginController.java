package web;

import auth.AuthenticationService;
import auth.AuthenticationService.LoginFailedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login and logout for the member portal and the staff client.
 */
@RestController
@RequestMapping("/api/session")
public class LoginController {

    public record LoginRequest(String email, String password) {
    }

    public record LoginResponse(String token) {
    }

    private final AuthenticationService authenticationService;

    public LoginController(AuthenticationService authenticationService) {
        this.authenticationService = authenticationService;
    }

    @PostMapping
    public ResponseEntity<LoginResponse> login(@RequestBody LoginRequest request) {
        if (request.email() == null || request.password() == null) {
            return ResponseEntity.badRequest().build();
        }
        try {
            String token = authenticationService.login(request.email(), request.password());
            return ResponseEntity.ok(new LoginResponse(token));
        } catch (LoginFailedException e) {
            // 401 without detail: the message is generic on purpose (see AuthenticationService).
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
    }

    @PostMapping("/logout")
    public ResponseEntity<Void> logout(@RequestHeader("Authorization") String authorization) {
        authenticationService.logout(bearerToken(authorization));
        return ResponseEntity.noContent().build();
    }

    static String bearerToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        return authorization.substring("Bearer ".length()).trim();
    }
}
