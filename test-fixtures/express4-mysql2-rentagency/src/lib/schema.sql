CREATE TABLE agencies (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(200) NOT NULL);
CREATE TABLE users (id INT PRIMARY KEY AUTO_INCREMENT, agency_id INT NOT NULL, email VARCHAR(200) UNIQUE, password_hash VARCHAR(100), role VARCHAR(20) DEFAULT 'agent');
CREATE TABLE properties (id INT PRIMARY KEY AUTO_INCREMENT, agency_id INT NOT NULL, address VARCHAR(300), monthly_rent INT);
CREATE TABLE leases (id INT PRIMARY KEY AUTO_INCREMENT, agency_id INT NOT NULL, property_id INT NOT NULL, renter_email VARCHAR(200), starts_on DATE, ends_on DATE);
CREATE TABLE maintenance_requests (id INT PRIMARY KEY AUTO_INCREMENT, agency_id INT NOT NULL, property_id INT NOT NULL, description TEXT, status VARCHAR(20));
CREATE TABLE documents (id INT PRIMARY KEY AUTO_INCREMENT, agency_id INT NOT NULL, lease_id INT, filename VARCHAR(200), storage_key VARCHAR(300));
