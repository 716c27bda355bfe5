package member;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores members. This in-memory version backs the tests and the demo
 * profile; production uses the JDBC variant with the same contract.
 */
public class MemberRepository {

    private final Map<String, Member> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByEmail = new ConcurrentHashMap<>();
    private final Map<String, String> idByCard = new ConcurrentHashMap<>();

    public void save(Member member) {
        byId.put(member.getId(), member);
        idByCard.put(member.getCardNumber(), member.getId());
        if (member.getEmail() != null) {
            idByEmail.put(emailKey(member.getEmail()), member.getId());
        }
    }

    public Optional<Member> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** E-mail lookups ignore case: people type their address differently each time. */
    public Optional<Member> findByEmail(String email) {
        String id = idByEmail.get(emailKey(email));
        return id == null ? Optional.empty() : findById(id);
    }

    public Optional<Member> findByCardNumber(String cardNumber) {
        String id = idByCard.get(cardNumber);
        return id == null ? Optional.empty() : findById(id);
    }

    public boolean existsByEmail(String email) {
        return idByEmail.containsKey(emailKey(email));
    }

    public List<Member> findAll() {
        return new ArrayList<>(byId.values());
    }

    public int count() {
        return byId.size();
    }

    private static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
