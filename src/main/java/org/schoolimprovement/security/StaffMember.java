package org.schoolimprovement.security;

public record StaffMember(String userId, String firstName, String lastName, String email) {
}
