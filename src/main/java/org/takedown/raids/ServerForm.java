package org.takedown.raids;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The edit form of one seized server. */
class ServerForm {

    @NotBlank
    @Size(max = 253)
    private String hostname;

    @Size(max = 2000)
    private String ipAddresses;

    @Size(max = 200)
    private String hostingProvider;

    @Min(1)
    @Max(4294967295L)
    private Long asn;

    @NotNull
    private ServerRole role;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate seizedOn;

    @Size(max = 100)
    private String evidenceReference;

    @Pattern(regexp = "[0-9a-f]{64}")
    private String diskImageSha256;

    private long version;

    static ServerForm of(SeizedServer server) {
        ServerForm form = new ServerForm();
        form.hostname = server.getHostname();
        form.ipAddresses = IpAddresses.join(server.getIpAddresses());
        form.hostingProvider = server.getHostingProvider();
        form.asn = server.getAsn();
        form.role = server.getRole();
        form.seizedOn = server.getSeizedOn();
        form.evidenceReference = server.getEvidenceReference();
        form.diskImageSha256 = server.getDiskImageSha256();
        form.version = server.getVersion();
        return form;
    }

    UpdateServer toCommand() {
        return new UpdateServer(this.hostname, this.ipAddresses, this.hostingProvider, this.asn, this.role,
                this.seizedOn, this.evidenceReference, this.diskImageSha256, this.version);
    }

    public String getHostname() {
        return this.hostname;
    }

    public void setHostname(String hostname) {
        this.hostname = hostname;
    }

    public String getIpAddresses() {
        return this.ipAddresses;
    }

    public void setIpAddresses(String ipAddresses) {
        this.ipAddresses = ipAddresses;
    }

    public String getHostingProvider() {
        return this.hostingProvider;
    }

    public void setHostingProvider(String hostingProvider) {
        this.hostingProvider = hostingProvider;
    }

    public Long getAsn() {
        return this.asn;
    }

    public void setAsn(Long asn) {
        this.asn = asn;
    }

    public ServerRole getRole() {
        return this.role;
    }

    public void setRole(ServerRole role) {
        this.role = role;
    }

    public LocalDate getSeizedOn() {
        return this.seizedOn;
    }

    public void setSeizedOn(LocalDate seizedOn) {
        this.seizedOn = seizedOn;
    }

    public String getEvidenceReference() {
        return this.evidenceReference;
    }

    public void setEvidenceReference(String evidenceReference) {
        this.evidenceReference = evidenceReference;
    }

    public String getDiskImageSha256() {
        return this.diskImageSha256;
    }

    public void setDiskImageSha256(String diskImageSha256) {
        this.diskImageSha256 = diskImageSha256;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
