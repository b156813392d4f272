package vn.hoctap.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** hoctap — đánh giá, công nhận danh hiệu xã hội học tập: the HTTP service over the rules engine and MongoDB. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HocTapApplication {

    public static void main(String[] args) {
        SpringApplication.run(HocTapApplication.class, args);
    }
}
