package jp.renkei.bench.inbound;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.mapping.ssmix2.Ssmix2Archive;
import jp.renkei.mapping.ssmix2.Ssmix2File;
import jp.renkei.mapping.ssmix2.Ssmix2Storage;

/**
 * The messages of one sample patient's SS-MIX2 storage, made into as many distinct patients as the run needs: the
 * sample's patient ID is replaced in every file name and message (and PID-3, which in test storages does not always
 * match the name), so each generated patient's files create new records (the mapping keys records on patient ID). A patient's files go in storage order, one after the other, as a
 * hospital's uploader sends them.
 */
final class Ssmix2Workload {

	private static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

	private final Path storage;
	private final List<Ssmix2File> sample;
	private final String samplePatientId;
	private final long firstPatientNumber;

	Ssmix2Workload(Path storage, long firstPatientNumber) {
		this.storage = storage;
		this.sample = new Ssmix2Storage(storage).files();
		if (sample.isEmpty()) {
			throw new IllegalArgumentException("no SS-MIX2 file under " + storage);
		}
		this.samplePatientId = sample.get(0).name().patientId();
		if (sample.stream().anyMatch(file -> !file.name().patientId().equals(samplePatientId))) {
			throw new IllegalArgumentException(storage + " must hold one patient's files");
		}
		this.firstPatientNumber = firstPatientNumber;
	}

	int messagesPerPatient() {
		return sample.size();
	}

	/** All files of generated patient {@code index}. */
	List<InboundRequest> patient(int index) {
		String patientId = String.valueOf(firstPatientNumber + index);
		return sample.stream().map(file -> request(file, patientId)).toList();
	}

	/** All files of generated patient {@code index} as one zip of their storage tree, one request. */
	List<InboundRequest> patientArchive(int index) {
		String patientId = String.valueOf(firstPatientNumber + index);
		Map<String, byte[]> contentByPath = new LinkedHashMap<>();
		for (Ssmix2File file : sample) {
			contentByPath.put(storage.relativize(file.path()).toString().replace(samplePatientId, patientId),
					request(file, patientId).body());
		}
		return List.of(new InboundRequest("/$ingest-ssmix2", "application/zip", Ssmix2Archive.pack(contentByPath)));
	}

	/** PID-3's first ID, or empty. */
	private static String pid3(String message) {
		for (String segment : message.split("\r")) {
			if (segment.startsWith("PID|")) {
				String[] fields = segment.split("\\|", -1);
				return fields.length > 3 ? fields[3].split("[\\^~]", -1)[0] : "";
			}
		}
		return "";
	}

	private InboundRequest request(Ssmix2File file, String patientId) {
		String fileName = file.fileName().replace(samplePatientId, patientId);
		String message = new String(file.content(), ISO_2022_JP).replace(samplePatientId, patientId);
		String pidPatientId = pid3(message);
		if (!pidPatientId.isEmpty()) {
			message = message.replace("|" + pidPatientId + "^", "|" + patientId + "^")
					.replace("|" + pidPatientId + "|", "|" + patientId + "|");
		}
		return new InboundRequest("/$ingest-ssmix2?file=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8),
				"application/hl7-v2", message.getBytes(ISO_2022_JP));
	}
}
