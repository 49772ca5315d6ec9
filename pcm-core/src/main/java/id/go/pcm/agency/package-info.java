/**
 * Agencies (K/L/D): the registry of ministries, non-ministerial agencies and regional governments,
 * their Kemendagri region codes and active dates, and the rules of {@code agencies.csv} (SPEC 1.2).
 */
package id.go.pcm.agency;
