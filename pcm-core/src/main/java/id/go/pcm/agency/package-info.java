/**
 * Agencies (K/L/D): the registry of ministries, non-ministerial agencies and regional governments,
 * their Kemendagri region codes and active dates; its rules (internal) check {@code agencies.csv} (SPEC 1.2).
 */
package id.go.pcm.agency;
