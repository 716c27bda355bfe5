package web;

import auth.AuthenticationService;
import catalog.CatalogSearchService;
import catalog.CatalogSearchService.ResultPage;
import catalog.SearchIndex;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reservation.Hold;
import reservation.HoldService;

/**
 * Public catalogue endpoints. Searching needs no login; placing a hold does.
 */
@RestController
@RequestMapping("/api/catalog")
public class CatalogController {

    public record HoldRequest(String isbn, String pickupBranchId) {
    }

    private final CatalogSearchService searchService;
    private final HoldService holdService;
    private final AuthenticationService authenticationService;

    public CatalogController(CatalogSearchService searchService, HoldService holdService,
                             AuthenticationService authenticationService) {
        this.searchService = searchService;
        this.holdService = holdService;
        this.authenticationService = authenticationService;
    }

    @GetMapping("/search")
    public ResultPage search(@RequestParam("q") String query,
                             @RequestParam(value = "field", defaultValue = "ANY") String field,
                             @RequestParam(value = "page", defaultValue = "0") int page,
                             @RequestParam(value = "size", defaultValue = "20") int size) {
        SearchIndex.Field searchField;
        try {
            searchField = SearchIndex.Field.valueOf(field.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            searchField = SearchIndex.Field.ANY;
        }
        return searchService.search(query, searchField, Math.max(page, 0), size);
    }

    @PostMapping("/holds")
    public ResponseEntity<Hold> placeHold(@RequestHeader("Authorization") String authorization,
                                          @RequestBody HoldRequest request) {
        String memberId = authenticationService.authenticate(LoginController.bearerToken(authorization))
                .orElse(null);
        if (memberId == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        try {
            Hold hold = holdService.placeHold(memberId, request.isbn(), request.pickupBranchId());
            return ResponseEntity.status(HttpStatus.CREATED).body(hold);
        } catch (IllegalStateException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
    }
}
